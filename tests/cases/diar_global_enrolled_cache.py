# case: caches the latest enrollment embedding in a module-level global dict that construct mutates, then scores against it -> global state mutation in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ENROLL_CACHE = {}


class CachingVerifier(nn.Cell):
    def __init__(self, emb_dim=8):
        super().__init__()
        self.head = nn.Dense(emb_dim, emb_dim)

    def construct(self, spk_name, enroll_frames, test_frames):
        e = self.head(enroll_frames).mean(axis=0)
        ENROLL_CACHE[spk_name] = e
        t = self.head(test_frames).mean(axis=0)
        ref = ENROLL_CACHE[spk_name]
        return (ref * t).sum() / (ops.norm(ref) * ops.norm(t))


def make():
    np.random.seed(30)
    enroll = Tensor(np.random.randn(5, 8).astype(np.float32))
    test = Tensor(np.random.randn(6, 8).astype(np.float32))
    return CachingVerifier(), ("spk_007", enroll, test)
