# case: jit function gathering embeddings of B- tag positions found with argwhere to count entities -> argwhere output size is data dependent, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

BEGIN_TAGS = (1, 3, 5)


@ms.jit
def entity_start_vectors(token_states, tag_ids):
    is_begin = (tag_ids == BEGIN_TAGS[0]) | (tag_ids == BEGIN_TAGS[1]) | (tag_ids == BEGIN_TAGS[2])
    starts = ops.argwhere(is_begin)[:, 0]
    start_vecs = ops.gather(token_states, starts, 0)
    norm = ops.norm(start_vecs, dim=-1, keepdim=True) + 1e-6
    return start_vecs / norm


def make():
    np.random.seed(17)
    states = np.random.randn(10, 6).astype(np.float32)
    tags = np.array([1, 2, 0, 3, 4, 4, 0, 5, 6, 0], dtype=np.int32)
    return entity_start_vectors, (Tensor(states), Tensor(tags))
