# case: jit-compiled associative-embedding grouping quantises the tag values of detected joints and counts people with ops.unique, then builds per-person mean tags -> output size from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TAG_BIN = 0.5


def quantize_tags(tags, bin_size=TAG_BIN):
    return ops.floor(tags / bin_size).astype(ms.int32)


@ms.jit
def group_by_tag(joint_tags, joint_scores):
    # joint_tags, joint_scores: (N,) tags / scores of detected joints
    ids = quantize_tags(joint_tags)
    person_ids, inverse = ops.unique(ids)
    num_people = person_ids.shape[0]
    onehot = ops.one_hot(inverse, num_people, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    counts = onehot.sum(0)
    mean_tags = (onehot * joint_tags[:, None]).sum(0) / counts
    person_scores = (onehot * joint_scores[:, None]).sum(0) / counts
    return mean_tags, person_scores


def make():
    np.random.seed(126)
    tags = Tensor(np.concatenate([np.random.randn(17) * 0.05 + c for c in (0.2, 1.3, 2.6)]).astype(np.float32))
    scores = Tensor(np.random.rand(51).astype(np.float32))
    return group_by_tag, (tags, scores)
