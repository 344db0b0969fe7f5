# case: @ms.jit bird-call front end frames the waveform with a constant hop, applies a window and a DFT matrix to get a power spectrogram -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

FRAME = 32
HOP = 16


def dft_matrix(n, bins):
    k = np.arange(bins)[:, None]
    t = np.arange(n)[None, :]
    ang = -2.0 * np.pi * k * t / n
    return Tensor(np.cos(ang).astype(np.float32)), Tensor(np.sin(ang).astype(np.float32))


COS_M, SIN_M = dft_matrix(FRAME, FRAME // 2 + 1)
WINDOW = Tensor(np.hanning(FRAME).astype(np.float32))


@ms.jit
def power_spectrogram(wave):
    n_frames = (wave.shape[0] - FRAME) // HOP + 1
    frames = ops.stack([wave[i * HOP:i * HOP + FRAME] for i in range(n_frames)])
    frames = frames * WINDOW
    re = ops.matmul(frames, COS_M.T)
    im = ops.matmul(frames, SIN_M.T)
    return ops.log(re * re + im * im + 1e-6)


def make():
    np.random.seed(25)
    wave = Tensor(np.random.randn(256).astype(np.float32))
    return power_spectrogram, (wave,)
