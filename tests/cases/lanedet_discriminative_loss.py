# case: LaneNet discriminative loss with a fixed max number of instances: instance masks from one_hot, per-instance means by masked sums, no dynamic indexing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiscriminativeLoss(nn.Cell):
    def __init__(self, max_instances=5, delta_v=0.5, delta_d=3.0):
        super().__init__()
        self.max_instances = max_instances
        self.delta_v = delta_v
        self.delta_d = delta_d

    def construct(self, emb, inst_label):
        # emb: (D, N) embeddings, inst_label: (N,) int32 in [0, max_instances), 0 = background
        m = ops.one_hot(inst_label, self.max_instances, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        m = m[:, 1:]
        cnt = m.sum(0)
        present = (cnt > 0).astype(ms.float32)
        mu = ops.matmul(emb, m) / ops.maximum(cnt, 1.0)
        dist = ops.norm(emb.view(emb.shape[0], -1, 1) - mu.view(mu.shape[0], 1, -1), dim=0)
        var = (ops.relu(dist - self.delta_v) ** 2 * m).sum(0) / ops.maximum(cnt, 1.0)
        l_var = (var * present).sum() / ops.maximum(present.sum(), 1.0)
        pair = ops.norm(mu.view(mu.shape[0], -1, 1) - mu.view(mu.shape[0], 1, -1), dim=0)
        pmask = present.view(-1, 1) * present.view(1, -1) * (1.0 - ops.eye(pair.shape[0], pair.shape[0], ms.float32))
        l_dist = (ops.relu(2 * self.delta_d - pair) ** 2 * pmask).sum() / ops.maximum(pmask.sum(), 1.0)
        return l_var + l_dist


def make():
    np.random.seed(29)
    emb = Tensor(np.random.randn(4, 40).astype(np.float32))
    lab = Tensor(np.random.randint(0, 4, 40).astype(np.int32))
    return DiscriminativeLoss(), (emb, lab)
