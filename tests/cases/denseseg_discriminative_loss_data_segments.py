# case: instance-embedding discriminative loss computes cluster means with unsorted_segment_sum, num_segments = max instance id in the batch -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiscriminativeLoss(nn.Cell):
    def __init__(self, delta_var=0.5, delta_dist=1.5, alpha=1.0, beta=1.0):
        super().__init__()
        self.delta_var = delta_var
        self.delta_dist = delta_dist
        self.alpha = alpha
        self.beta = beta

    def cluster_means(self, emb, inst):
        num_inst = inst.max() + 1
        sums = ops.unsorted_segment_sum(emb, inst, num_inst)
        counts = ops.unsorted_segment_sum(ops.ones_like(inst).astype(ms.float32), inst, num_inst)
        return sums / ops.maximum(counts, 1.0).expand_dims(1), counts

    def construct(self, embedding, inst_map):
        c = embedding.shape[0]
        emb = embedding.reshape(c, -1).T
        inst = inst_map.reshape(-1)
        means, counts = self.cluster_means(emb, inst)
        pix_mean = ops.gather(means, inst, 0)
        dist = ops.norm(emb - pix_mean, dim=1)
        l_var = (ops.relu(dist - self.delta_var) ** 2).mean()
        diff = means.expand_dims(0) - means.expand_dims(1)
        pair = ops.norm(diff + 1e-8, dim=2)
        k = means.shape[0]
        off_diag = 1.0 - ops.eye(k, k, ms.float32)
        l_dist = (ops.relu(2 * self.delta_dist - pair) ** 2 * off_diag).sum() / ops.maximum(off_diag.sum(), 1.0)
        return self.alpha * l_var + self.beta * l_dist


def make():
    np.random.seed(36)
    emb = Tensor(np.random.randn(4, 8, 8).astype(np.float32))
    inst = np.zeros((8, 8), np.int32)
    inst[1:4, 1:5] = 1
    inst[5:8, 3:7] = 2
    return DiscriminativeLoss(), (emb, Tensor(inst))
