# case: cascade refinement head that keeps re-applying the refine block while the mean logit change exceeds a tolerance, collecting every stage's logits in a list that is stacked at the end -> loop count from tensor data with a list grown inside (dynamic or rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineConfig:
    num_classes = 4
    channels = 8
    tol = 1e-3
    max_iters = 4


class RefineBlock(nn.Cell):
    def __init__(self, num_classes, channels):
        super().__init__()
        self.fuse = nn.Conv2d(num_classes + channels, num_classes, 3, pad_mode="same", has_bias=True)

    def construct(self, logits, feat):
        return logits + 0.1 * ops.tanh(self.fuse(ops.cat((ops.softmax(logits, axis=1), feat), axis=1)))


class CascadeRefineHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tol = config.tol
        self.max_iters = config.max_iters
        self.init_seg = nn.Conv2d(config.channels, config.num_classes, 1, has_bias=True)
        self.refine = RefineBlock(config.num_classes, config.channels)

    def construct(self, feat):
        logits = self.init_seg(feat)
        stages = [logits]
        delta = Tensor(1.0, ms.float32)
        it = 0
        while delta > self.tol and it < self.max_iters:
            new_logits = self.refine(logits, feat)
            delta = ops.abs(new_logits - logits).mean()
            logits = new_logits
            stages.append(logits)
            it += 1
        return ops.stack(stages, axis=0)


def make():
    np.random.seed(3459)
    feat = Tensor(np.random.randn(1, 8, 12, 12).astype(np.float32))
    return CascadeRefineHead(RefineConfig()), (feat,)
