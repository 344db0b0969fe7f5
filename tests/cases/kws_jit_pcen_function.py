# case: @ms.jit PCEN (per-channel energy normalization) with an IIR smoother unrolled over the static frame count -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _iir_smooth(energy, s):
    # energy: (B, F, T)
    t = energy.shape[-1]
    m = energy[..., 0]
    outs = [m]
    for i in range(1, t):
        m = (1 - s) * m + s * energy[..., i]
        outs.append(m)
    return ops.stack(outs, axis=-1)


@ms.jit
def pcen(energy, alpha=0.98, delta=2.0, r=0.5, s=0.025, eps=1e-6):
    smooth = _iir_smooth(energy, s)
    gain = ops.pow(eps + smooth, -alpha)
    return ops.pow(energy * gain + delta, r) - delta ** r


def make():
    np.random.seed(35)
    energy = np.abs(np.random.randn(2, 8, 20)).astype(np.float32)
    return pcen, (Tensor(energy),)
