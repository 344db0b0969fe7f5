# case: ms.jit function computing a smoothed waveform envelope with a fixed boxcar conv and peak normalization -> static shapes throughout, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

SMOOTH = 5


@ms.jit
def smoothed_envelope(traces, kernel):
    # traces: (n, n_samples); kernel: (1, 1, SMOOTH)
    energy = (traces * traces).expand_dims(1)
    env = ops.conv1d(energy, kernel, pad_mode="pad", padding=SMOOTH // 2)
    env = ops.sqrt(env.squeeze(1) + 1e-12)
    peak = env.max(axis=1, keepdims=True)
    return env / peak


def make():
    np.random.seed(44)
    tr = np.random.randn(3, 48).astype(np.float32)
    ker = np.full((1, 1, SMOOTH), 1.0 / SMOOTH, dtype=np.float32)
    return smoothed_envelope, (Tensor(tr), Tensor(ker))
