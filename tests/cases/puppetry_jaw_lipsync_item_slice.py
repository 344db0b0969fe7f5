# case: jitted lip-sync helper opens the puppet jaw over the voiced span, cutting the envelope at an onset index read with int() from a tensor -> slice bound from tensor data inside ms.jit, dynamic or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def jaw_from_voice(envelope, voiced_thr, max_open_deg):
    voiced = (envelope > voiced_thr).astype(ms.int32)
    onset = int(ops.argmax(voiced.astype(ms.float32)))
    span = envelope[onset:]
    norm = span / (span.max() + 1e-6)
    return norm * max_open_deg


def make():
    np.random.seed(43)
    env = np.concatenate([np.random.rand(10) * 0.05, 0.2 + np.random.rand(30) * 0.8]).astype(np.float32)
    return jaw_from_voice, (Tensor(env), Tensor(0.1, ms.float32), Tensor(25.0, ms.float32))
