# case: listwise softmax ranking loss over query groups found with unique_consecutive on sorted query ids, normalised per group with segment max/sum -> dynamic shape at line 13
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ListwiseSoftmaxLoss(nn.Cell):
    def __init__(self, temperature=1.0):
        super().__init__()
        self.temperature = temperature

    def group_ids(self, query_ids):
        _, inverse, counts = ops.unique_consecutive(query_ids, return_inverse=True, return_counts=True)
        return inverse, counts.shape[0]

    def construct(self, scores, labels, query_ids):
        seg, num_groups = self.group_ids(query_ids)
        s = scores / self.temperature
        seg_max = ops.unsorted_segment_max(s, seg, num_groups)
        s = s - ops.gather(seg_max, seg, 0)
        exp_s = ops.exp(s)
        denom = ops.unsorted_segment_sum(exp_s, seg, num_groups)
        log_p = s - ops.log(ops.gather(denom, seg, 0))
        label_sum = ops.unsorted_segment_sum(labels, seg, num_groups)
        target = labels / ops.gather(label_sum, seg, 0).clip(1e-6, None)
        return -(target * log_p).sum() / num_groups


class Scorer(nn.Cell):
    def __init__(self, n_feat=5):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(n_feat, 8), nn.ReLU(), nn.Dense(8, 1)])
        self.loss = ListwiseSoftmaxLoss()

    def construct(self, feats, labels, query_ids):
        return self.loss(self.mlp(feats).squeeze(-1), labels, query_ids)


def make():
    np.random.seed(17)
    feats = Tensor(np.random.randn(9, 5).astype(np.float32))
    labels = Tensor(np.array([1, 0, 0, 0, 1, 1, 0, 0, 1], dtype=np.float32))
    qids = Tensor(np.array([3, 3, 3, 8, 8, 8, 8, 12, 12], dtype=np.int32))
    return Scorer(), (feats, labels, qids)
