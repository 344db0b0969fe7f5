# case: odour descriptor head keeps the top-k descriptors, k taken from how many logits clear the confidence bar -> k from tensor values, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FingerprintEncoder(nn.Cell):
    def __init__(self, n_bits=256, hidden=64):
        super().__init__()
        self.fc1 = nn.Dense(n_bits, hidden)
        self.act = nn.ReLU()

    def construct(self, fp):
        return self.act(self.fc1(fp))


class DescriptorTopK(nn.Cell):
    def __init__(self, n_bits=256, n_descriptors=40, conf=0.6):
        super().__init__()
        self.encoder = FingerprintEncoder(n_bits)
        self.head = nn.Dense(64, n_descriptors)
        self.conf = conf

    def construct(self, fp):
        logits = self.head(self.encoder(fp))
        probs = ops.sigmoid(logits)
        n_conf = (probs[0] > self.conf).astype(ms.int32).sum()
        k = int(n_conf) + 1
        scores, idx = ops.topk(probs, k)
        return scores, idx


def make():
    np.random.seed(11)
    fp = Tensor((np.random.rand(4, 256) > 0.8).astype(np.float32))
    return DescriptorTopK(), (fp,)
