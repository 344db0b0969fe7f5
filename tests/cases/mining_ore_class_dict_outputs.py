# case: ore/waste classifier for blocks that collects head outputs in a dict with constant string keys and reads them back -> dict with constant keys, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ROUTES = ("mill", "leach", "waste")


class BlockRouter(nn.Cell):
    """Sends each block to mill, heap leach, or the waste dump."""

    def __init__(self, n_feats=7, hidden=16):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Dense(n_feats, hidden), nn.Tanh()])
        self.route_head = nn.Dense(hidden, len(ROUTES))
        self.recovery_head = nn.Dense(hidden, 1)

    def construct(self, block_feats):
        h = self.trunk(block_feats)
        outs = {"route_logits": self.route_head(h),
                "recovery": ops.sigmoid(self.recovery_head(h)).squeeze(-1)}
        route = ops.argmax(outs["route_logits"], dim=-1)
        value = outs["recovery"] * block_feats[:, 0]
        return route, value


def make():
    np.random.seed(191)
    feats = np.random.rand(16, 7).astype(np.float32)
    return BlockRouter(), (Tensor(feats),)
