# case: haul report returned as a dict with constant string keys built from tensor summaries -> dict with constant keys, expected supported
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HaulReport(nn.Cell):
    def __init__(self, min_size_cm=35.0):
        super().__init__()
        self.min_size_cm = min_size_cm

    def construct(self, lengths_cm, weights_kg):
        legal = (lengths_cm >= self.min_size_cm).astype(ms.float32)
        report = {"total_kg": weights_kg.sum(),
                  "legal_kg": (weights_kg * legal).sum(),
                  "mean_len": lengths_cm.mean()}
        report["undersize_kg"] = report["total_kg"] - report["legal_kg"]
        return report["total_kg"], report["undersize_kg"], report["mean_len"]


def make():
    np.random.seed(44)
    lengths = Tensor(np.random.uniform(20, 70, size=(30,)).astype(np.float32))
    weights = Tensor(np.random.uniform(0.2, 4.0, size=(30,)).astype(np.float32))
    return HaulReport(), (lengths, weights)
