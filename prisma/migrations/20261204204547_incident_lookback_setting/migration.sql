-- AlterTable
ALTER TABLE "User" ADD COLUMN     "incidentLookbackDays" INTEGER;
