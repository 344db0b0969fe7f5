# case: jit function computing query/title character overlap ratios by broadcast equality and padding masks -> pure tensor arithmetic, static shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def char_overlap_features(query_chars, title_chars):
    q_mask = (query_chars > 0).astype(ms.float32)
    t_mask = (title_chars > 0).astype(ms.float32)
    eq = (query_chars.expand_dims(-1) == title_chars.expand_dims(-2)).astype(ms.float32)
    eq = eq * q_mask.expand_dims(-1) * t_mask.expand_dims(-2)
    q_hit = eq.max(axis=-1)
    recall = q_hit.sum(axis=-1) / ops.clamp(q_mask.sum(axis=-1), min=1.0)
    t_hit = eq.max(axis=-2)
    precision = t_hit.sum(axis=-1) / ops.clamp(t_mask.sum(axis=-1), min=1.0)
    f1 = 2 * precision * recall / (precision + recall + 1e-6)
    return ops.stack((recall, precision, f1), axis=-1)


def make():
    np.random.seed(41)
    q = np.random.randint(1, 27, size=(3, 8)).astype(np.int32)
    q[:, 6:] = 0
    t = np.random.randint(1, 27, size=(3, 15)).astype(np.int32)
    t[1, 10:] = 0
    return char_overlap_features, (Tensor(q), Tensor(t))
