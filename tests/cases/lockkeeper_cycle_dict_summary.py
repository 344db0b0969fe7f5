# case: return a lock-cycle summary as a dict with constant string keys (fill, empty, idle means) -> constant-key dict built and returned in construct, expect static graph (supported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


PHASES = ("fill", "empty", "idle")


class CycleSummary(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, phase_durations):
        summary = {}
        for i, name in enumerate(PHASES):
            summary[name] = phase_durations[:, i].mean()
        summary["total"] = phase_durations.sum(axis=1).mean()
        return summary


def make():
    np.random.seed(181)
    d = np.random.uniform(120, 600, size=(7, 3)).astype(np.float32)
    return CycleSummary(), (Tensor(d),)
