# case: DINO centering where the running center is a plain Tensor attribute reassigned (self.center = ...) inside construct -> Graph mode rejects the attribute write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CenteringConfig:
    out_dim = 10
    teacher_temp = 0.04
    center_momentum = 0.9
    sharpen = True


class TeacherCentering(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else CenteringConfig()
        self.temp = config.teacher_temp
        self.momentum = config.center_momentum
        self.sharpen = getattr(config, "sharpen", True)
        self.center = Tensor(np.zeros((1, config.out_dim), np.float32))

    def construct(self, teacher_logits):
        centered = teacher_logits - self.center
        if self.sharpen:
            probs = ops.softmax(centered / self.temp, axis=-1)
        else:
            probs = ops.softmax(centered, axis=-1)
        batch_center = teacher_logits.mean(axis=0, keep_dims=True)
        self.center = self.center * self.momentum + batch_center * (1 - self.momentum)
        return probs


def make():
    np.random.seed(3671)
    logits = Tensor(np.random.randn(6, 10).astype(np.float32))
    return TeacherCentering(), (logits,)
