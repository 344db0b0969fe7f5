# case: @ms.jit function doing CTC greedy decode into a padded id tensor plus per-utterance token counts -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

BLANK_ID = 0
PAD_ID = -1


def _previous_ids(ids):
    first = ops.full((ids.shape[0], 1), PAD_ID, dtype=ids.dtype)
    return ops.concat((first, ids[:, :-1]), axis=1)


@ms.jit
def ctc_greedy_padded(log_probs, lengths):
    ids = ops.argmax(log_probs, dim=-1).astype(ms.int32)
    in_range = ops.arange(ids.shape[1]).astype(ms.int32).expand_dims(0) < lengths.expand_dims(1)
    emit = (ids != BLANK_ID) & (ids != _previous_ids(ids)) & in_range
    # stable compaction: emitted positions first, keeping order, via a sort on rank keys
    rank = ops.arange(ids.shape[1]).astype(ms.float32).expand_dims(0)
    keys = ops.where(emit, rank, rank + ids.shape[1])
    _, order = ops.sort(keys, axis=1)
    compact = ops.gather_elements(ops.where(emit, ids, ops.full_like(ids, PAD_ID)), 1, order)
    return compact, emit.astype(ms.int32).sum(axis=1)


def make():
    np.random.seed(34)
    logits = np.random.randn(2, 12, 6).astype(np.float32)
    logits[:, ::2, 0] += 3.0
    lp = logits - np.log(np.exp(logits).sum(-1, keepdims=True))
    lens = Tensor(np.array([12, 9], dtype=np.int32))
    return ctc_greedy_padded, (Tensor(lp.astype(np.float32)), lens)
