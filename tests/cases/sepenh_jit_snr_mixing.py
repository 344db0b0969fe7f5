# case: @ms.jit data-augmentation function that mixes clean speech and noise at a target SNR given as a Python float, with a helper for power -> pure tensor math with static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def signal_power(x):
    return ops.mean(x * x, axis=-1, keep_dims=True)


@ms.jit
def mix_at_snr(clean, noise, snr_db):
    clean_pow = signal_power(clean)
    noise_pow = signal_power(noise) + 1e-10
    target_noise_pow = clean_pow / (10.0 ** (snr_db / 10.0))
    scale = ops.sqrt(target_noise_pow / noise_pow)
    mixture = clean + scale * noise
    peak = ops.amax(ops.abs(mixture), axis=-1, keepdims=True)
    norm = ops.maximum(peak, ops.ones_like(peak))
    return mixture / norm, clean / norm


def make():
    np.random.seed(36)
    clean = np.random.randn(3, 48).astype(np.float32)
    noise = np.random.randn(3, 48).astype(np.float32)
    return mix_at_snr, (Tensor(clean), Tensor(noise), 5.0)
