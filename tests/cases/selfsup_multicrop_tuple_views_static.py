# case: DINO-style multi-crop: global and local crops passed as tuples, looped in construct, cross-view loss skipping same view -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DINOHead(nn.Cell):
    def __init__(self, in_dim=16, out_dim=10):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(in_dim, 32), nn.GELU(), nn.Dense(32, out_dim)])

    def construct(self, x):
        return self.mlp(x)


class MultiCropDINOLoss(nn.Cell):
    def __init__(self, student_temp=0.1, teacher_temp=0.04):
        super().__init__()
        self.student = DINOHead()
        self.teacher = DINOHead()
        self.student_temp = student_temp
        self.teacher_temp = teacher_temp

    def construct(self, global_crops, local_crops):
        teacher_out = []
        for crop in global_crops:
            t = ops.softmax(ops.stop_gradient(self.teacher(crop)) / self.teacher_temp, axis=-1)
            teacher_out.append(t)
        student_out = []
        for crop in global_crops + local_crops:
            student_out.append(ops.log_softmax(self.student(crop) / self.student_temp, axis=-1))
        total = 0.0
        n_terms = 0
        for iq, q in enumerate(teacher_out):
            for v, s in enumerate(student_out):
                if v == iq:
                    continue
                total = total + (-(q * s).sum(axis=-1)).mean()
                n_terms += 1
        return total / n_terms


def make():
    np.random.seed(14)
    g = tuple(Tensor(np.random.randn(4, 16).astype(np.float32)) for _ in range(2))
    l = tuple(Tensor(np.random.randn(4, 16).astype(np.float32)) for _ in range(3))
    return MultiCropDINOLoss(), (g, l)
