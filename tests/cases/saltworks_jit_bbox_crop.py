# case: @ms.jit preprocessing that crops the salt-sample region from a heap photo using the bounding box coordinates given as a tensor -> slice bounds from tensor values, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MEAN_RGB = Tensor(np.array([0.82, 0.80, 0.78], dtype=np.float32).reshape(3, 1, 1))


@ms.jit
def crop_and_normalise(photo, bbox):
    top, left, bottom, right = bbox[0], bbox[1], bbox[2], bbox[3]
    patch = photo[:, top:bottom, left:right]
    patch = patch - MEAN_RGB
    greyness = patch.mean(axis=0)
    return patch, greyness.std()


def make():
    np.random.seed(53)
    photo = Tensor(np.random.rand(3, 48, 64).astype(np.float32))
    bbox = Tensor(np.array([8, 12, 40, 52], dtype=np.int32))
    return crop_and_normalise, (photo, bbox)
