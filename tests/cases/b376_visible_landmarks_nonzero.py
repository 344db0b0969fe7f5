# case: jit-compiled alignment step computes the eye/nose centroid only over visible landmarks found with ops.nonzero -> dynamic shape from nonzero in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_LANDMARKS = 5
ARCFACE_TEMPLATE = np.array([[38.2946, 51.6963], [73.5318, 51.5014], [56.0252, 71.7366],
                             [41.5493, 92.3655], [70.7299, 92.2041]], dtype=np.float32)


def visible_centroid(points, visibility):
    idx = ops.nonzero(visibility).reshape(-1)
    return ops.gather(points, idx, 0).mean(axis=0)


@ms.jit
def centre_landmarks(landmarks, visibility, template):
    centroid = visible_centroid(landmarks, visibility)
    centred = landmarks - centroid
    t_centred = template - template.mean(axis=0)
    scale = ops.sqrt((t_centred * t_centred).sum() / ((centred * centred).sum() + 1e-6))
    return centred * scale + template.mean(axis=0)


def make():
    np.random.seed(37604)
    lm = ARCFACE_TEMPLATE * 1.7 + np.random.randn(NUM_LANDMARKS, 2).astype(np.float32) * 3 + 20
    vis = np.array([1, 1, 1, 0, 1], dtype=np.int32)
    return centre_landmarks, (Tensor(lm.astype(np.float32)), Tensor(vis), Tensor(ARCFACE_TEMPLATE))
