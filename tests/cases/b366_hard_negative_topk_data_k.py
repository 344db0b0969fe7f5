# case: MoCHi-style hard negative mining taking top-k negatives from the queue where k is the number of queue entries above a similarity threshold -> Graph mode rejects or turns topk dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MoCHiConfig:
    def __init__(self, dim=8, queue_size=32, threshold=0.0, n_mix=None):
        self.dim = dim
        self.queue_size = queue_size
        self.threshold = threshold
        self.n_mix = n_mix


class HardNegativeMixer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold
        self.n_mix = config.n_mix
        q = np.random.randn(config.queue_size, config.dim).astype(np.float32)
        self.queue = Parameter(Tensor(q / np.linalg.norm(q, axis=1, keepdims=True)), name="queue", requires_grad=False)

    def _num_hard(self, sims):
        if self.n_mix is not None:
            return self.n_mix
        return (sims[0] > self.threshold).sum().item()

    def construct(self, q):
        q = ops.L2Normalize(axis=-1)(q)
        sims = ops.matmul(q, self.queue.T)
        k = self._num_hard(sims)
        hard_vals, hard_idx = ops.topk(sims, k)
        hard = self.queue[hard_idx[0]]
        mixed = ops.L2Normalize(axis=-1)(hard + hard[::-1])
        return ops.matmul(q, mixed.T), hard_vals


def make():
    np.random.seed(3680)
    cfg = MoCHiConfig()
    q = Tensor(np.random.randn(2, cfg.dim).astype(np.float32))
    return HardNegativeMixer(cfg), (q,)
