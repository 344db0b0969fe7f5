# case: lane-state encoder collects per-lane statistics into a Python dict built and extended inside construct and returns the dict -> Python dict built, mutated and returned in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneStateEncoder(nn.Cell):
    def __init__(self, num_lanes=4, length_km=0.5, hidden=8, lane_capacity=1800.0):
        super().__init__()
        self.length_km = length_km
        self.capacity = num_lanes * lane_capacity
        self.fc = nn.Dense(num_lanes * 2, hidden)

    def lane_stats(self, counts, speeds):
        stats = {"density": counts / self.length_km}
        stats["flow"] = stats["density"] * speeds
        stats["v_over_c"] = stats["flow"].sum(axis=-1) / self.capacity
        return stats

    def construct(self, counts, speeds):
        stats = self.lane_stats(counts, speeds)
        feats = ops.concat((stats["density"], stats["flow"] / self.capacity), axis=-1)
        stats["embedding"] = ops.relu(self.fc(feats))
        return stats


def make():
    np.random.seed(29)
    counts = Tensor(np.random.randint(0, 20, size=(3, 4)).astype(np.float32))
    speeds = Tensor(np.random.uniform(10, 80, size=(3, 4)).astype(np.float32))
    return LaneStateEncoder(), (counts, speeds)
