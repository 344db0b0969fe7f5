# case: jit function gathers radar samples at indices returned by argwhere of a crevasse mask -> gather with data-dependent index count in a jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def crevasse_depth_profile(amplitude, depth_axis, thresh):
    hit = amplitude > thresh
    idx = ops.argwhere(hit).squeeze(-1)
    hit_depths = ops.gather(depth_axis, idx, 0)
    hit_amp = ops.gather(amplitude, idx, 0)
    weighted = (hit_depths * hit_amp).sum() / (hit_amp.sum() + 1e-6)
    return weighted, hit_depths


def make():
    np.random.seed(21)
    amp = Tensor(np.abs(np.random.randn(40)).astype(np.float32))
    depth = Tensor(np.linspace(0, 20, 40).astype(np.float32))
    return crevasse_depth_profile, (amp, depth, Tensor(1.2, ms.float32))
