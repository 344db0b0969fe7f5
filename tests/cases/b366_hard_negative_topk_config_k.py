# case: hard negative mining taking a fixed number of top-k negatives from the queue where k comes from the config (min with the static queue size) -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class HardNegConfig:
    dim = 8
    queue_size = 32
    num_hard = 6
    mix_coef = 0.5


class QueueHolder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self._create_queue(config.queue_size, config.dim)

    def _create_queue(self, size, dim):
        q = np.random.randn(size, dim).astype(np.float32)
        self.queue = Parameter(Tensor(q / np.linalg.norm(q, axis=1, keepdims=True)), name="neg_queue", requires_grad=False)


class HardNegatives(QueueHolder):
    def __init__(self, config):
        super().__init__(config)
        self.num_hard = min(getattr(config, "num_hard", 4), config.queue_size)
        self.mix_coef = config.mix_coef

    def construct(self, q):
        q = q / ops.norm(q, dim=-1, keepdim=True)
        sims = ops.matmul(q, self.queue.T)
        k = min(self.num_hard, sims.shape[-1])
        _, idx = ops.topk(sims, k)
        hard = ops.gather(self.queue, idx.reshape(-1), 0).reshape(q.shape[0], k, -1)
        mixed = self.mix_coef * hard + (1 - self.mix_coef) * hard[:, ::-1]
        mixed = mixed / ops.norm(mixed, dim=-1, keepdim=True)
        return (q.expand_dims(1) * mixed).sum(-1)


def make():
    np.random.seed(3681)
    q = Tensor(np.random.randn(3, 8).astype(np.float32))
    return HardNegatives(HardNegConfig()), (q,)
