# case: shade matcher reads how many valid enamel patches the camera produced (.item()) and slices the Lab patch table to that length -> graph mode should reject or go dynamic on the data-dependent slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VITA_SHADES = 16


def lab_to_features(lab):
    l, a, b = lab[:, 0:1], lab[:, 1:2], lab[:, 2:3]
    chroma = ops.sqrt(a * a + b * b + 1e-6)
    return ops.concat((l / 100.0, a / 128.0, b / 128.0, chroma / 128.0), axis=1)


class ShadeMatcher(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(4, VITA_SHADES)

    def construct(self, lab_patches, n_valid):
        n = n_valid.item()
        valid = lab_patches[:n]
        logits = self.proj(lab_to_features(valid))
        return ops.softmax(logits.mean(axis=0), axis=-1)


def make():
    np.random.seed(303)
    lab = np.zeros((24, 3), np.float32)
    lab[:, 0] = np.random.uniform(60, 85, 24)
    lab[:, 1:] = np.random.uniform(-5, 20, (24, 2))
    return ShadeMatcher(), (Tensor(lab), Tensor(np.array(17, np.int32)))
