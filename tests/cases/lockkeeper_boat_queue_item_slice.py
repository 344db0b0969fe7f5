# case: take the first n boats of the waiting queue, n = boats that fit the chamber length read via .item() -> slice length from tensor value, expect dynamic shape or rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChamberLoader(nn.Cell):
    def __init__(self, chamber_length_m=85.0, spacing_m=2.0):
        super().__init__()
        self.chamber_length = chamber_length_m
        self.spacing = spacing_m

    def fit_count(self, lengths):
        cum = ops.cumsum(lengths + self.spacing, axis=0)
        return (cum <= self.chamber_length).astype(ms.int32).sum()

    def construct(self, boat_lengths, boat_features):
        n = self.fit_count(boat_lengths).item()
        batch = boat_features[:n]
        return batch.sum(axis=0), batch.shape[0]


def make():
    np.random.seed(31)
    lengths = np.random.uniform(8.0, 25.0, size=(12,)).astype(np.float32)
    feats = np.random.randn(12, 5).astype(np.float32)
    return ChamberLoader(), (Tensor(lengths), Tensor(feats))
