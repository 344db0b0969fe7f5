# case: jit-compiled helper takes the valid prefix of a padded ECG record by gathering ops.arange(n_valid) where n_valid is the record-length tensor from the loader -> index length from data, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

PAD_VALUE = 0.0


def _lead_rms(x):
    return ops.sqrt((x * x).mean(-1) + 1e-8)


@ms.jit
def valid_prefix_rms(record, record_len):
    idx = ops.arange(0, record_len[0], 1, dtype=ms.int32)
    valid = ops.gather(record, idx, 1)
    return _lead_rms(valid)


def make():
    np.random.seed(3762)
    rec = np.zeros((12, 300), np.float32)
    rec[:, :220] = np.random.randn(12, 220)
    return valid_prefix_rms, (Tensor(rec), Tensor(np.array([220], np.int32)))
