# case: propagate stoppage risk along the conveyor graph (filler -> capper -> labeller -> packer) with a dense adjacency matrix held as a constant -> dense matmul, fixed hop count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LINE = ["filler", "capper", "labeller", "packer", "palletizer"]


def conveyor_adjacency(weights):
    adj = np.zeros((len(LINE), len(LINE)), np.float32)
    for i, w in enumerate(weights):
        adj[i, i + 1] = w
    return adj


class ConveyorRiskPropagation(nn.Cell):
    def __init__(self, weights=(0.6, 0.5, 0.7, 0.4), hops=2):
        super().__init__()
        self.adj = Tensor(conveyor_adjacency(weights))
        self.hops = hops

    def construct(self, risk):
        for _ in range(self.hops):
            risk = risk + ops.matmul(self.adj, risk)
        return ops.sigmoid(risk)


def make():
    np.random.seed(102)
    risk = np.random.rand(len(LINE), 1).astype(np.float32)
    return ConveyorRiskPropagation(), (Tensor(risk),)
