# case: DINO teacher temperature schedule precomputed as a Tensor at init and looked up with ops.gather using the epoch Tensor -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SharpenConfig:
    def __init__(self, warmup_teacher_temp=0.04, teacher_temp=0.07,
                 warmup_teacher_temp_epochs=5, epochs=20, use_center=True):
        self.warmup_teacher_temp = warmup_teacher_temp
        self.teacher_temp = teacher_temp
        self.warmup_teacher_temp_epochs = warmup_teacher_temp_epochs
        self.epochs = epochs
        self.use_center = use_center


class TeacherSharpen(nn.Cell):
    def __init__(self, config):
        super().__init__()
        sched = np.concatenate((
            np.linspace(config.warmup_teacher_temp, config.teacher_temp, config.warmup_teacher_temp_epochs),
            np.ones(config.epochs - config.warmup_teacher_temp_epochs) * config.teacher_temp,
        )).astype(np.float32)
        self.temp_schedule = Tensor(sched)
        self.use_center = config.use_center

    def construct(self, teacher_logits, center=None, epoch=None):
        if epoch is None:
            temp = self.temp_schedule[-1]
        else:
            temp = ops.gather(self.temp_schedule, epoch.reshape(1), 0)
        if self.use_center and center is not None:
            teacher_logits = teacher_logits - center
        return ops.softmax(teacher_logits / temp, axis=-1)


def make():
    np.random.seed(3673)
    cfg = SharpenConfig()
    logits = Tensor(np.random.randn(4, 10).astype(np.float32))
    center = Tensor(np.random.randn(1, 10).astype(np.float32) * 0.1)
    return TeacherSharpen(cfg), (logits, center, Tensor(3, ms.int32))
