# case: inspection pipeline creates a plain Python HiveRecord object inside construct and mutates its fields -> Graph mode rejects plain class instantiation in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HiveRecord:
    def __init__(self, weight, temp):
        self.weight = weight
        self.temp = temp
        self.alert = False


class InspectionSummary(nn.Cell):
    def __init__(self, brood_temp=34.5):
        super().__init__()
        self.brood_temp = brood_temp

    def construct(self, weight_kg, core_temp_c):
        rec = HiveRecord(weight_kg.mean(), core_temp_c.mean())
        rec.temp = rec.temp - self.brood_temp
        return rec.weight, rec.temp


def make():
    np.random.seed(61)
    w = (40 + np.random.randn(24)).astype(np.float32)
    t = (34 + np.random.randn(24) * 0.5).astype(np.float32)
    return InspectionSummary(), (Tensor(w), Tensor(t))
