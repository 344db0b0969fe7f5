# case: jitted lip-sync helper opens the puppet jaw only on voiced frames, using a multiplied mask over the full envelope -> static shapes inside ms.jit, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def attack_release(x, attack=0.6, release=0.2):
    out = []
    prev = x[0]
    for i in range(x.shape[0]):
        coef = attack if i % 2 == 0 else release
        prev = prev + coef * (x[i] - prev)
        out.append(prev)
    return ops.stack(out)


@ms.jit
def jaw_from_voice_masked(envelope, voiced_thr, max_open_deg):
    voiced = (envelope > voiced_thr).astype(envelope.dtype)
    gated = envelope * voiced
    norm = gated / (gated.max() + 1e-6)
    return attack_release(norm) * max_open_deg


def make():
    np.random.seed(44)
    env = np.concatenate([np.random.rand(10) * 0.05, 0.2 + np.random.rand(30) * 0.8]).astype(np.float32)
    return jaw_from_voice_masked, (Tensor(env), Tensor(0.1, ms.float32), Tensor(25.0, ms.float32))
