# case: self-training selects confident unlabeled rows with boolean-mask indexing before the loss -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SelfTrainingHead(nn.Cell):
    def __init__(self, in_dim=6, n_cls=3, conf_threshold=0.45, use_soft_targets=False):
        super().__init__()
        self.encoder = nn.Dense(in_dim, 10)
        self.cls = nn.Dense(10, n_cls)
        self.conf_threshold = conf_threshold
        self.use_soft_targets = use_soft_targets

    def forward_logits(self, x):
        return self.cls(ops.tanh(self.encoder(x)))

    def construct(self, x_lab, y_lab, x_unlab):
        sup = ops.cross_entropy(self.forward_logits(x_lab), y_lab)
        u_logits = self.forward_logits(x_unlab)
        probs = ops.stop_gradient(ops.softmax(u_logits, axis=-1))
        conf = probs.max(axis=-1)
        if self.use_soft_targets:
            unsup = -(probs * ops.log_softmax(u_logits, axis=-1)).sum(-1).mean()
        else:
            keep = conf > self.conf_threshold
            pl = probs.argmax(axis=-1).astype(ms.int32)
            unsup = ops.cross_entropy(u_logits[keep], pl[keep])
        return sup + 0.5 * unsup


def make():
    np.random.seed(4)
    xl = Tensor(np.random.randn(4, 6).astype(np.float32))
    yl = Tensor(np.array([0, 1, 2, 0], dtype=np.int32))
    xu = Tensor(np.random.randn(10, 6).astype(np.float32) * 4)
    return SelfTrainingHead(), (xl, yl, xu)
