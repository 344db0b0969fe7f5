# case: verification memory bank compares probes only against the filled part of the gallery queue, sliced with int() of a fill-count tensor -> slice bound from data, rejected or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from typing import Optional


class BankConfig:
    queue_size = 32
    embedding_size = 16
    temperature = 0.05


class GalleryQueue(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.temperature = config.temperature
        q = np.random.randn(config.queue_size, config.embedding_size).astype(np.float32)
        self.queue = Parameter(Tensor(q / np.linalg.norm(q, axis=1, keepdims=True)), name="queue", requires_grad=False)

    def _active_gallery(self, num_filled: Optional[Tensor] = None):
        if num_filled is None:
            return self.queue
        return self.queue[:int(num_filled)]

    def construct(self, probes, num_filled=None):
        probes = ops.L2Normalize(axis=1)(probes)
        gallery = self._active_gallery(num_filled)
        sims = ops.matmul(probes, gallery.T) / self.temperature
        return ops.softmax(sims, axis=1).max(axis=1)


def make():
    np.random.seed(37605)
    probes = Tensor(np.random.randn(4, BankConfig.embedding_size).astype(np.float32))
    return GalleryQueue(BankConfig()), (probes, Tensor(np.array(20, dtype=np.int32)))
