# case: frequency-bias lookup done on host with asnumpy() and a NumPy table indexed by predicted subject/object labels -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrequencyBiasHost(nn.Cell):
    def __init__(self, num_objs=6, num_rels=5):
        super().__init__()
        rng = np.random.RandomState(0)
        counts = rng.randint(0, 20, size=(num_objs, num_objs, num_rels)).astype(np.float32)
        self.freq_table = np.log((counts + 1.0) / (counts.sum(-1, keepdims=True) + num_rels))

    def construct(self, rel_logits, subj_labels, obj_labels):
        s = subj_labels.asnumpy()
        o = obj_labels.asnumpy()
        bias = Tensor(self.freq_table[s, o])
        return ops.softmax(rel_logits + bias, axis=-1)


def make():
    np.random.seed(5)
    logits = Tensor(np.random.randn(7, 5).astype(np.float32))
    subj = Tensor(np.random.randint(0, 6, size=7).astype(np.int32))
    obj = Tensor(np.random.randint(0, 6, size=7).astype(np.int32))
    return FrequencyBiasHost(), (logits, subj, obj)
