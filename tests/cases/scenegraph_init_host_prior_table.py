# case: frequency prior computed on host with NumPy and asnumpy() inside __init__ only, construct uses the stored Parameter -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PriorBiasedPredicates(nn.Cell):
    def __init__(self, train_triplets, num_objs=5, num_rels=4):
        super().__init__()
        t = train_triplets.asnumpy()
        counts = np.zeros((num_objs, num_objs, num_rels), dtype=np.float32)
        np.add.at(counts, (t[:, 0], t[:, 2], t[:, 1]), 1.0)
        prior = np.log((counts + 1.0) / (counts.sum(-1, keepdims=True) + num_rels))
        self.prior = Parameter(Tensor(prior), name="freq_prior", requires_grad=False)
        self.num_rels = num_rels

    def construct(self, rel_logits, subj_labels, obj_labels):
        bias = self.prior[subj_labels, obj_labels]
        return ops.log_softmax(rel_logits + bias, axis=-1)


def make():
    np.random.seed(45)
    trip = np.stack([np.random.randint(0, 5, 60), np.random.randint(0, 4, 60),
                     np.random.randint(0, 5, 60)], axis=1).astype(np.int32)
    net = PriorBiasedPredicates(Tensor(trip))
    logits = Tensor(np.random.randn(7, 4).astype(np.float32))
    subj = Tensor(np.random.randint(0, 5, size=7).astype(np.int32))
    obj = Tensor(np.random.randint(0, 5, size=7).astype(np.int32))
    return net, (logits, subj, obj)
