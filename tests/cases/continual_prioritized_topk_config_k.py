# case: prioritized replay takes the top batch_size priorities (k from config) and importance weights -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TopPriorityReplay(nn.Cell):
    def __init__(self, capacity=20, dim=4, batch_size=6, alpha=0.6, beta=0.4):
        super().__init__()
        rng = np.random.RandomState(2)
        self.batch_size = batch_size
        self.alpha = alpha
        self.beta = beta
        self.capacity = capacity
        self.priorities = Parameter(Tensor(rng.rand(capacity).astype(np.float32) + 0.01), name="prio",
                                    requires_grad=False)
        self.data = Parameter(Tensor(rng.randn(capacity, dim).astype(np.float32)), name="data", requires_grad=False)
        self.critic = nn.Dense(dim, 1)

    def importance_weights(self, probs):
        w = ops.pow(self.capacity * probs, -self.beta)
        return w / w.max()

    def construct(self, td_scale):
        p = ops.pow(self.priorities, self.alpha)
        probs = p / p.sum()
        top_p, idx = ops.topk(probs, self.batch_size)
        batch = ops.gather(self.data, idx, 0)
        w = self.importance_weights(top_p)
        td = self.critic(batch).squeeze(-1) * td_scale
        new_prio = ops.abs(td) + 1e-3
        ops.scatter_update(self.priorities, idx, new_prio)
        return (w * td * td).mean()


def make():
    return TopPriorityReplay(), (Tensor(0.5, ms.float32),)
