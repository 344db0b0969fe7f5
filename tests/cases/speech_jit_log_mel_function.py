# case: @ms.jit log-mel helper using a module-level filterbank constant and keyword defaults -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_BINS, N_MELS = 9, 4
_rng = np.random.RandomState(44)
MEL_FB = Tensor(np.abs(_rng.randn(N_MELS, N_BINS)).astype(np.float32))


def dynamic_range_compression(x, c=1.0, clip_val=1e-5):
    return ops.log(ops.clamp(x, min=clip_val) * c)


@ms.jit
def log_mel(power_spec, top_db=80.0):
    # power_spec: (B, N_BINS, T)
    mel = ops.matmul(MEL_FB, power_spec)
    log_spec = dynamic_range_compression(mel)
    max_val = log_spec.max(axis=(1, 2), keepdims=True)
    floor = max_val - top_db / 10.0 * float(np.log(10.0))
    return ops.maximum(log_spec, floor)


def make():
    np.random.seed(44)
    spec = Tensor(np.random.rand(2, N_BINS, 6).astype(np.float32))
    return log_mel, (spec,)
