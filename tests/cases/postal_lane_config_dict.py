# case: sorting-belt lane scorer reads per-lane capacity and speed from a dict of Python constants with string keys inside construct -> constant dict lookups folded at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


LANE_CFG = {"capacity_kg": 300.0, "speed_mps": 1.8, "n_lanes": 4}


class LaneScorer(nn.Cell):
    def __init__(self, n_feat=7):
        super().__init__()
        self.cfg = LANE_CFG
        self.head = nn.Dense(n_feat, LANE_CFG["n_lanes"])

    def construct(self, parcel_feats, weights_kg):
        logits = self.head(parcel_feats)
        probs = ops.softmax(logits, axis=-1)
        expected_load = (probs * weights_kg.expand_dims(-1)).sum(axis=0)
        overload = ops.relu(expected_load - self.cfg["capacity_kg"])
        transit_s = 12.0 / self.cfg["speed_mps"]
        return probs, overload, transit_s


def make():
    np.random.seed(172)
    feats = Tensor(np.random.randn(30, 7).astype(np.float32))
    weights = Tensor((np.random.rand(30) * 40).astype(np.float32))
    return LaneScorer(), (feats, weights)
