# case: online hard example mining keeps top-k per-sample losses with k from batch shape and config ratio -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OHEMLoss(nn.Cell):
    def __init__(self, keep_ratio=0.5, min_kept=1):
        super().__init__()
        self.keep_ratio = keep_ratio
        self.min_kept = min_kept
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def construct(self, logits, labels):
        per_sample = self.ce(logits, labels)
        batch = per_sample.shape[0]
        k = max(int(batch * self.keep_ratio), self.min_kept)
        hard, _ = ops.topk(per_sample, k)
        return hard.mean()


class OHEMTrainStep(nn.Cell):
    def __init__(self, backbone, optimizer, keep_ratio=0.5):
        super().__init__()
        self.backbone = backbone
        self.optimizer = optimizer
        self.criterion = OHEMLoss(keep_ratio)
        self.grad_fn = ms.value_and_grad(self.forward_loss, None, optimizer.parameters)

    def forward_loss(self, x, labels):
        return self.criterion(self.backbone(x), labels)

    def construct(self, x, labels):
        loss, grads = self.grad_fn(x, labels)
        self.optimizer(grads)
        return loss


def make():
    np.random.seed(8)
    net = nn.Dense(6, 4)
    opt = nn.SGD(net.trainable_params(), learning_rate=0.05, momentum=0.9)
    x = Tensor(np.random.randn(8, 6).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, size=(8,)).astype(np.int32))
    return OHEMTrainStep(net, opt), (x, labels)
