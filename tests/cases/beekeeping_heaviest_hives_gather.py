# case: harvest planner sorts hives by weight and gathers the heaviest ones, keeping as many as the tensor count of supers ready -> gather index length from data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SUPER_FULL_KG = 12.0


class HarvestPlanner(nn.Cell):
    def __init__(self, tare_kg=25.0):
        super().__init__()
        self.tare_kg = tare_kg

    def construct(self, hive_weights, hive_feats):
        honey = hive_weights - self.tare_kg
        n_ready = (honey > SUPER_FULL_KG).astype(ms.int32).sum()
        _, order = ops.sort(honey, descending=True)
        pick = order[:n_ready]
        return ops.gather(hive_feats, pick, 0), ops.gather(honey, pick, 0)


def make():
    np.random.seed(181)
    w = (np.random.rand(10) * 20 + 28).astype(np.float32)
    feats = np.random.randn(10, 3).astype(np.float32)
    return HarvestPlanner(), (Tensor(w), Tensor(feats))
