# case: FixMatch-style pseudo-labelling keeps only confident predictions with masked_select -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PseudoLabelLoss(nn.Cell):
    def __init__(self, in_dim=6, n_cls=4, threshold=0.4, temperature=1.0):
        super().__init__()
        self.classifier = nn.Dense(in_dim, n_cls)
        self.threshold = threshold
        self.temperature = temperature
        self.ce = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="none")

    def _pseudo(self, weak_logits):
        probs = ops.softmax(weak_logits / self.temperature, axis=-1)
        conf, labels = ops.max(probs, axis=-1)
        return conf, labels.astype(ms.int32)

    def construct(self, x_weak, x_strong):
        conf, labels = self._pseudo(ops.stop_gradient(self.classifier(x_weak)))
        per_sample = self.ce(self.classifier(x_strong), labels)
        keep = conf > self.threshold
        confident = ops.masked_select(per_sample, keep)
        return confident.mean()


def make():
    np.random.seed(2)
    xw = Tensor(np.random.randn(8, 6).astype(np.float32) * 3)
    xs = Tensor(np.random.randn(8, 6).astype(np.float32))
    return PseudoLabelLoss(), (xw, xs)
