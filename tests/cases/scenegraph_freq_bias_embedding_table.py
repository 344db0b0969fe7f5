# case: MotifNet-style frequency bias stored as an nn.Embedding indexed by subj_label * num_objs + obj_label -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrequencyBias(nn.Cell):
    def __init__(self, num_objs=8, num_rels=6):
        super().__init__()
        self.num_objs = num_objs
        rng = np.random.RandomState(1)
        counts = rng.randint(0, 30, size=(num_objs * num_objs, num_rels)).astype(np.float32)
        log_prior = np.log((counts + 1.0) / (counts.sum(1, keepdims=True) + num_rels))
        self.obj_baseline = nn.Embedding(num_objs * num_objs, num_rels,
                                         embedding_table=Tensor(log_prior))

    def index_with_labels(self, subj_labels, obj_labels):
        return self.obj_baseline(subj_labels * self.num_objs + obj_labels)

    def construct(self, rel_logits, subj_labels, obj_labels):
        return rel_logits + self.index_with_labels(subj_labels, obj_labels)


def make():
    np.random.seed(31)
    logits = Tensor(np.random.randn(9, 6).astype(np.float32))
    subj = Tensor(np.random.randint(0, 8, size=9).astype(np.int32))
    obj = Tensor(np.random.randint(0, 8, size=9).astype(np.int32))
    return FrequencyBias(), (logits, subj, obj)
