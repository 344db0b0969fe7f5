# case: builds a plain Python HiveReport object in construct, mutates its fields with tensor values and returns one of them -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HiveReport:
    def __init__(self, hive_id):
        self.hive_id = hive_id
        self.weight = None
        self.temp = None
        self.alerts = []

    def flag(self, name):
        self.alerts.append(name)


class HiveStatus(nn.Cell):
    """Assembles a per-hive status from scale and brood sensors."""

    def __init__(self, hive_id=7, temp_hi=36.0):
        super().__init__()
        self.hive_id = hive_id
        self.temp_hi = temp_hi

    def construct(self, weight, temp):
        report = HiveReport(self.hive_id)
        report.weight = weight.mean()
        report.temp = temp.max()
        if report.temp > self.temp_hi:
            report.flag("overheat")
        return report.weight + report.temp * 0.0


def make():
    np.random.seed(22)
    weight = (38.0 + np.random.randn(24)).astype(np.float32)
    temp = (35.0 + np.random.randn(24) * 0.8).astype(np.float32)
    return HiveStatus(), (Tensor(weight), Tensor(temp))
