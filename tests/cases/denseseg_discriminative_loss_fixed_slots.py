# case: discriminative embedding loss with a configured max_instances slot count and presence mask for empty slots -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlotDiscriminativeLoss(nn.Cell):
    def __init__(self, max_instances=6, delta_var=0.5, delta_dist=1.5, gamma=0.001):
        super().__init__()
        self.max_instances = max_instances
        self.delta_var = delta_var
        self.delta_dist = delta_dist
        self.gamma = gamma

    def construct(self, embedding, inst_map):
        c = embedding.shape[1]
        b = embedding.shape[0]
        total = 0.0
        for i in range(b):
            emb = embedding[i].reshape(c, -1).T
            inst = ops.clamp(inst_map[i].reshape(-1), 0, self.max_instances - 1)
            sums = ops.unsorted_segment_sum(emb, inst, self.max_instances)
            counts = ops.unsorted_segment_sum(ops.ones_like(inst).astype(ms.float32), inst, self.max_instances)
            present = (counts > 0).astype(ms.float32)
            means = sums / ops.maximum(counts, 1.0).expand_dims(1)
            dist = ops.norm(emb - ops.gather(means, inst, 0), dim=1)
            l_var = (ops.relu(dist - self.delta_var) ** 2).mean()
            pair = ops.norm(means.expand_dims(0) - means.expand_dims(1) + 1e-8, dim=2)
            pmask = present.expand_dims(0) * present.expand_dims(1) * (1.0 - ops.eye(self.max_instances, self.max_instances, ms.float32))
            l_dist = (ops.relu(2 * self.delta_dist - pair) ** 2 * pmask).sum() / ops.maximum(pmask.sum(), 1.0)
            l_reg = (ops.norm(means, dim=1) * present).sum() / ops.maximum(present.sum(), 1.0)
            total = total + l_var + l_dist + self.gamma * l_reg
        return total / b


def make():
    np.random.seed(37)
    emb = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    inst = np.zeros((2, 8, 8), np.int32)
    inst[0, 1:4, 1:5] = 1
    inst[1, 5:8, 3:7] = 3
    return SlotDiscriminativeLoss(), (emb, Tensor(inst))
