# case: excavation-context summariser builds a Python dict of per-layer find statistics in construct, mutates it by tensor-derived keys and returns it -> error or fallback for dict built from tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContextSummary(nn.Cell):
    def __init__(self, layer_names=("topsoil", "fill", "floor")):
        super().__init__()
        self.layer_names = layer_names

    def construct(self, find_counts):
        stats = {}
        for i, name in enumerate(self.layer_names):
            stats[name] = find_counts[i].sum()
        richest = ops.argmax(find_counts.sum(axis=1))
        stats["richest"] = self.layer_names[int(richest)]
        stats["total"] = find_counts.sum()
        return stats


def make():
    np.random.seed(8)
    counts = Tensor(np.random.randint(0, 20, size=(3, 5)).astype(np.float32))
    return ContextSummary(), (counts,)
