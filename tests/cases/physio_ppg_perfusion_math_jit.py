# case: ms.jit function computes PPG perfusion index and applies math.sqrt / math.log to tensor statistics -> error in Graph mode (math module on tensors)
import math
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def perfusion_features(ppg, fs):
    dc = ppg.mean()
    ac = ppg.max() - ppg.min()
    pi = ac / dc * 100.0
    energy = (ppg - dc).square().mean()
    rms = math.sqrt(energy)
    log_pi = math.log(pi)
    slope = (ppg[1:] - ppg[:-1]).abs().mean() * fs
    return ops.stack([pi, log_pi * ops.ones((), ms.float32), rms * ops.ones((), ms.float32), slope])


def make():
    np.random.seed(17)
    t = np.arange(200) / 50.0
    ppg = 2.0 + 0.05 * np.sin(2 * np.pi * 1.3 * t) + 0.005 * np.random.randn(t.size)
    return perfusion_features, (Tensor(ppg.astype(np.float32)), 50.0)
