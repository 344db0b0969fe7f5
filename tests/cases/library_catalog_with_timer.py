# case: time the catalogue blocking step with a small context-manager timer used in a with statement inside construct -> with block around a Python object in graph, hazard
import time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StepTimer:
    def __init__(self, name):
        self.name = name
        self.elapsed = 0.0

    def __enter__(self):
        self.start = time.time()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.time() - self.start
        return False


class BlockingKeys(nn.Cell):
    """Hashes author/title features into coarse blocking buckets for dedup."""

    def __init__(self, dim=30, n_buckets=16):
        super().__init__()
        self.proj = ms.Parameter(Tensor(np.random.randn(dim, 4).astype(np.float32)), name="proj")
        self.n_buckets = n_buckets

    def construct(self, records):
        with StepTimer("blocking"):
            bits = (ops.matmul(records, self.proj) > 0).astype(ms.int32)
            bucket = bits[:, 0] + 2 * bits[:, 1] + 4 * bits[:, 2] + 8 * bits[:, 3]
        return bucket % self.n_buckets


def make():
    np.random.seed(95)
    recs = Tensor(np.random.randn(18, 30).astype(np.float32))
    return BlockingKeys(), (recs,)
