# case: @ms.jit log-mel feature function that frames a waveform with shape-derived Python ints, applies a Hann window and a fixed DFT/mel matrix by matmul -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_FFT = 64
HOP = 32
N_MELS = 10


def _dft_power_matrices(n_fft):
    n = np.arange(n_fft)
    k = np.arange(n_fft // 2 + 1)[:, None]
    ang = 2 * np.pi * k * n / n_fft
    return np.cos(ang).T.astype(np.float32), -np.sin(ang).T.astype(np.float32)


def _tri_filterbank(n_freq, n_mels):
    centers = np.linspace(0, n_freq - 1, n_mels + 2)
    bins = np.arange(n_freq)[None, :]
    lo, c, hi = centers[:-2, None], centers[1:-1, None], centers[2:, None]
    fb = np.maximum(0, np.minimum((bins - lo) / (c - lo), (hi - bins) / (hi - c)))
    return fb.T.astype(np.float32)


COS, SIN = (Tensor(m) for m in _dft_power_matrices(N_FFT))
WINDOW = Tensor(np.hanning(N_FFT).astype(np.float32))
MEL_FB = Tensor(_tri_filterbank(N_FFT // 2 + 1, N_MELS))


@ms.jit
def log_mel(wav):
    num_frames = (wav.shape[-1] - N_FFT) // HOP + 1
    frames = ops.stack([wav[:, i * HOP:i * HOP + N_FFT] for i in range(num_frames)], axis=1)
    frames = frames * WINDOW
    re = ops.matmul(frames, COS)
    im = ops.matmul(frames, SIN)
    power = re * re + im * im
    return ops.log(ops.matmul(power, MEL_FB) + 1e-6)


def make():
    np.random.seed(3334)
    wav = Tensor(np.random.randn(2, 320).astype(np.float32))
    return log_mel, (wav,)
