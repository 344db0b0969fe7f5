# case: train-step style Cell that logs the loss with the ops.Print() primitive and a constant-folded format string; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LOG_LOSS = True
TAG = "train"


class LossWithLogging(nn.Cell):
    def __init__(self, backbone, log=LOG_LOSS):
        super().__init__()
        self.backbone = backbone
        self.loss_fn = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")
        self.log = log
        self.printer = ops.Print()
        self.prefix = "[%s] loss =" % TAG

    def construct(self, x, y):
        logits = self.backbone(x)
        loss = self.loss_fn(logits, y)
        if self.log:
            self.printer(self.prefix, loss)
        return loss


def build_backbone(in_dim=20, classes=5):
    return nn.SequentialCell([
        nn.Dense(in_dim, 32),
        nn.GELU(),
        nn.Dense(32, classes),
    ])


def make():
    x = Tensor(np.random.randn(8, 20).astype(np.float32))
    y = Tensor(np.random.randint(0, 5, (8,)).astype(np.int32))
    return LossWithLogging(build_backbone()), (x, y)
